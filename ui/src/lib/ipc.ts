// Typed calls into the Rust core. The types come from ui/src/lib/bindings, generated from Rust by ts-rs.
import { invoke } from "@tauri-apps/api/core";
import type { BitrefillCredentialInput } from "./bindings/BitrefillCredentialInput";
import type { CredentialStatus } from "./bindings/CredentialStatus";
import type { CryptorefillsCredentialInput } from "./bindings/CryptorefillsCredentialInput";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { IpcError } from "./bindings/IpcError";
import type { Created } from "./bindings/Created";
import type { TeamStatus } from "./bindings/TeamStatus";
import type { Overview } from "./bindings/Overview";
import type { Provider } from "./bindings/Provider";
import type { Settings } from "./bindings/Settings";
import type { Language } from "./bindings/Language";
import type { CatalogEntry } from "./bindings/CatalogEntry";
import type { CatalogStatus } from "./bindings/CatalogStatus";
import type { ConnectionCheck } from "./bindings/ConnectionCheck";
import type { SearchQuery } from "./bindings/SearchQuery";
import type { SyncReport } from "./bindings/SyncReport";
import type { BalancePreview } from "./bindings/BalancePreview";
import type { OperatorLookup } from "./bindings/OperatorLookup";
import type { EsimPlan } from "./bindings/EsimPlan";
import type { EsimActivation } from "./bindings/EsimActivation";
import type { EsimTopUp } from "./bindings/EsimTopUp";
import type { BackupStatus } from "./bindings/BackupStatus";
import type { BackupSummary } from "./bindings/BackupSummary";
import type { Customer } from "./bindings/Customer";
import type { UpdateOffer } from "./bindings/UpdateOffer";
import type { HomeSummary } from "./bindings/HomeSummary";
import type { CustomerHistory } from "./bindings/CustomerHistory";
import type { NewCustomer } from "./bindings/NewCustomer";
import type { Sale } from "./bindings/Sale";
import type { SalesQuery } from "./bindings/SalesQuery";
import type { SalesReport } from "./bindings/SalesReport";
import type { CartCheckout } from "./bindings/CartCheckout";
import type { CartView } from "./bindings/CartView";
import type { CatalogProduct } from "./bindings/CatalogProduct";
import type { CoinChoice } from "./bindings/CoinChoice";
import type { LineRequest } from "./bindings/LineRequest";
import type { PayReceipt } from "./bindings/PayReceipt";
import type { Problem } from "./bindings/Problem";
import type { Purchase } from "./bindings/Purchase";
import type { PurchaseView } from "./bindings/PurchaseView";
import type { CodeEntry } from "./bindings/CodeEntry";
import type { CodeQuery } from "./bindings/CodeQuery";
import type { CryptoPrice } from "./bindings/CryptoPrice";
import type { Exported } from "./bindings/Exported";
import type { VoucherForm } from "./bindings/VoucherForm";
import type { Redemption } from "./bindings/Redemption";
import type { Batch } from "./bindings/Batch";
import type { BatchSummary } from "./bindings/BatchSummary";
import type { BulkPayments } from "./bindings/BulkPayments";
import type { BulkPreview } from "./bindings/BulkPreview";

/** A command's failure, carrying the core's stable code and, for bad input, the field to fix. */
export class CommandError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  /** For `rejected`: the provider's reasons, each with what to do. */
  readonly problems: Problem[];

  constructor(detail: IpcError) {
    super(detail.message);
    this.name = "CommandError";
    this.code = detail.code;
    this.field = detail.field;
    this.problems = detail.problems ?? [];
  }
}

function isIpcError(value: unknown): value is IpcError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    if (isIpcError(raw)) throw new CommandError(raw);
    throw new CommandError({ code: "internal", message: String(raw) });
  }
}

export const api = {
  overview: () => call<Overview>("overview"),
  credentialStatuses: () => call<CredentialStatus[]>("credential_statuses"),
  setBitrefillCredentials: (input: BitrefillCredentialInput) =>
    call<CredentialStatus>("set_bitrefill_credentials", { input }),
  setCryptorefillsCredentials: (input: CryptorefillsCredentialInput) =>
    call<CredentialStatus>("set_cryptorefills_credentials", { input }),
  clearCredentials: (provider: Provider) => call<CredentialStatus>("clear_credentials", { provider }),
  settings: () => call<Settings>("settings"),
  featured: () => call<CatalogEntry[]>("featured"),
  otherOffers: (provider: Provider, id: string) => call<CatalogEntry[]>("other_offers", { provider, id }),
  cryptoPrice: (id: string, faceValue: string, coin: string) =>
    call<CryptoPrice>("crypto_price", { id, faceValue, coin }),
  saveSettings: (settings: Settings) => call<Settings>("save_settings", { settings }),
  interfaceLanguage: () => call<Language>("interface_language"),
  setUseSandbox: (useSandbox: boolean) => call<Settings>("set_use_sandbox", { useSandbox }),
  searchCatalog: (query: SearchQuery) => call<CatalogEntry[]>("search_catalog", { query }),
  syncCatalog: () => call<SyncReport[]>("sync_catalog"),
  catalogStatus: () => call<CatalogStatus>("catalog_status"),
  testConnection: (provider: Provider) => call<ConnectionCheck>("test_connection", { provider }),
  openProduct: (provider: Provider, id: string) => call<CatalogProduct>("open_product", { provider, id }),
  operatorFor: (phone: string) => call<OperatorLookup>("operator_for", { phone }),
  esimPlans: (country: string) => call<EsimPlan[]>("esim_plans", { country }),
  cart: () => call<CartView>("cart"),
  cartAdd: (line: LineRequest) => call<CartView>("cart_add", { line }),
  cartRemove: (id: number) => call<CartView>("cart_remove", { id }),
  checkoutCart: (order: CartCheckout) => call<Purchase[]>("checkout_cart", { order }),
  balancePreview: (purchaseId: string) => call<BalancePreview>("balance_preview", { purchaseId }),
  checkAmount: (product: CatalogProduct, value: string) => call<string>("check_amount", { product, value }),
  pay: (purchaseId: string) => call<PayReceipt>("pay", { purchaseId }),
  purchases: () => call<Purchase[]>("purchases"),
  purchase: (purchaseId: string) => call<PurchaseView>("purchase", { purchaseId }),
  simulatePayment: (purchaseId: string) => call<PurchaseView>("simulate_payment", { purchaseId }),
  coinChoices: () => call<CoinChoice[]>("coin_choices"),
  codes: (query: CodeQuery) => call<CodeEntry[]>("codes", { query }),
  revealCode: (id: number) => call<Redemption>("reveal_code", { id }),
  esimActivation: (id: number) => call<EsimActivation>("esim_activation", { id }),
  esimTopUp: (iccid: string) => call<EsimTopUp>("esim_top_up", { iccid }),
  customers: (search: string) => call<Customer[]>("customers", { search }),
  addCustomer: (customer: NewCustomer) => call<Customer>("add_customer", { customer }),
  customerHistory: (id: number) => call<CustomerHistory>("customer_history", { id }),
  setSale: (id: number, sale: Sale) => call<null>("set_sale", { id, sale }),
  salesReport: (query: SalesQuery) => call<SalesReport>("sales_report", { query }),
  /** Opens the OS save dialog; `null` when cancelled. */
  exportBooks: (query: SalesQuery) => call<Exported | null>("export_books", { query }),
  home: () => call<HomeSummary>("home"),
  voucherPreview: (id: number) => call<ArrayBuffer>("voucher_preview", { id }),
  voucherSave: (ids: number[], perPage: number, form: VoucherForm) =>
    call<Exported | null>("voucher_save", { ids, perPage, form }),
  printVoucher: () => call<null>("print_voucher"),
  shopLogo: () => call<ArrayBuffer>("shop_logo"),
  setShopLogo: (image: number[] | undefined) => call<null>("set_shop_logo", { image }),
  bulkPreview: (fileName: string, text: string) => call<BulkPreview>("bulk_preview", { fileName, text }),
  bulkStart: (fileName: string, text: string, payments: BulkPayments, againOf: string | undefined) =>
    call<Batch>("bulk_start", { fileName, text, payments, againOf }),
  bulkResume: (batchId: string) => call<Batch>("bulk_resume", { batchId }),
  bulkBatches: () => call<BatchSummary[]>("bulk_batches"),
  bulkBatch: (batchId: string) => call<Batch>("bulk_batch", { batchId }),
  bitrefillBalance: () => call<[string, string]>("bitrefill_balance"),
  handOver: (id: number, customerRef: string | undefined, handed: boolean) =>
    call<null>("hand_over", { id, customerRef, handed }),
  /** Opens the OS save dialog; `null` when cancelled. */
  exportCodes: (query: CodeQuery) => call<Exported | null>("export_codes", { query }),
  /** Copies through the core; the seconds until the clipboard is emptied (if it still holds the text). */
  copySecret: (text: string) => call<number>("copy_secret", { text }),
  backupStatus: () => call<BackupStatus>("backup_status"),
  /** Opens the OS save dialog; `null` when cancelled. */
  backUpVault: (passphrase: string) => call<BackupSummary | null>("back_up_vault", { passphrase }),
  /** Opens the OS open dialog; `null` when cancelled. */
  restoreVault: (passphrase: string) => call<BackupSummary | null>("restore_vault", { passphrase }),
  reportUiError: (message: string, stack?: string) => call<void>("report_ui_error", { message, stack }),
  diagnostics: () => call<string>("diagnostics"),
  teamStatus: () => call<TeamStatus>("team_status"),
  /** `database` may hold the password: the core keeps it in the keyring and never sends it back. */
  teamCreate: (database: string, name: string) => call<Created>("team_create", { database, name }),
  teamJoin: (database: string, code: string, name: string) => call<TeamStatus>("team_join", { database, code, name }),
  teamInvite: () => call<string>("team_invite"),
  teamLeave: () => call<TeamStatus>("team_leave"),
  /** `null` when this is the newest version. */
  checkForUpdate: () => call<UpdateOffer | null>("check_for_update"),
  /** Installs only a release whose signature matches this build's key; returns its version. */
  installUpdate: () => call<string>("install_update"),
  windowPainted: (marks: Record<string, number>) => call<null>("window_painted", { marks }),
};
