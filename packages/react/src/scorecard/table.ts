/**
 * The one module that imports TanStack Table. TanStack Table 9 is ESM-only: the ESM build keeps
 * it external (re-exported from here, tree-shaken by the app's bundler), and the CommonJS build
 * bundles it into this file only, so `require('@chitieu/react')` works in Node without
 * require(esm) and in Jest, with one copy of the table code (see tsup.config.ts).
 */
export {
  createColumnHelper,
  createExpandedRowModel,
  createSortedRowModel,
  type ExpandedState,
  type Row,
  rowExpandingFeature,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
