import { mount } from "svelte";
import "./lib/errorReport";
import "./lib/startup";
import { navigation } from "./lib/navigation.svelte";
import { prefetchFirstPage } from "./routes/catalog/query";
import App from "./App.svelte";
import "./app.css";

// Before mounting: the catalog's first answer is on its way while the components are built.
if (navigation.current === "catalog") prefetchFirstPage();

const target = document.getElementById("app");
if (!target) throw new Error("the page has no #app element");

export default mount(App, { target });
