// Keys are checked at compile time against the English files: `t("catalog.nope")` fails `npm run check`.
import type app from "../../locales/en/app.json";
import type bulk from "../../locales/en/bulk.json";
import type cart from "../../locales/en/cart.json";
import type catalog from "../../locales/en/catalog.json";
import type codes from "../../locales/en/codes.json";
import type common from "../../locales/en/common.json";
import type customers from "../../locales/en/customers.json";
import type esims from "../../locales/en/esims.json";
import type home from "../../locales/en/home.json";
import type orders from "../../locales/en/orders.json";
import type reports from "../../locales/en/reports.json";
import type settings from "../../locales/en/settings.json";
import type topups from "../../locales/en/topups.json";

declare module "i18next" {
  interface CustomTypeOptions {
    resources: {
      translation: {
        app: typeof app;
        bulk: typeof bulk;
        cart: typeof cart;
        catalog: typeof catalog;
        codes: typeof codes;
        common: typeof common;
        customers: typeof customers;
        esims: typeof esims;
        home: typeof home;
        orders: typeof orders;
        reports: typeof reports;
        settings: typeof settings;
        topups: typeof topups;
      };
    };
  }
}
