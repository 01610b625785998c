/** The columnar data store (docs/data.md § Data stores). The importer loads apache-arrow on demand. */
export { type DataFolderOptions, type FolderFeed, openDataFolder } from './data-folder.js';
export {
  BARS_FILE,
  MANIFEST_FILE,
  STORE_FIELDS,
  type StoredAsset,
  type StoredIssue,
  StoreError,
  type StoreErrorCode,
  type StoreField,
  type StoreManifest,
} from './format.js';
export { ColumnStore, isStoreFolder } from './read.js';
export { StoreFeed, type StoreFeedOptions } from './store-feed.js';
export { type ImportCalendar, type ImportOptions, type ImportResult, importCsvFolder } from './write.js';
