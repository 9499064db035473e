import { mount } from "svelte";
import "./lib/errorReport";
import "./lib/startup";
import { navigation } from "./lib/navigation.svelte";
import { setLanguage } from "./lib/i18n/index.svelte";
import { api } from "./lib/ipc";
import { prefetchFirstPage } from "./routes/catalog/query";
import App from "./App.svelte";
import "./app.css";

// Before mounting: the catalog's first answer is on its way while the components are built.
if (navigation.current === "catalog") prefetchFirstPage();

// The first frame is already in the reseller's language: one short call before anything is drawn.
await setLanguage(await api.interfaceLanguage().catch(() => navigator.language.split("-")[0] ?? "en"));

const target = document.getElementById("app");
if (!target) throw new Error("the page has no #app element");

export default mount(App, { target });
