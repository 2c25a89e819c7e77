import {
  CellApiModule, CellStyleModule, ClientSideRowModelApiModule, ColumnApiModule, ClientSideRowModelModule, ColumnAutoSizeModule, LocaleModule,
  ModuleRegistry, PinnedRowModule, QuickFilterModule, RenderApiModule, RowApiModule, ScrollApiModule,
  TextEditorModule, TooltipModule, ValidationModule, themeQuartz,
} from 'ag-grid-community';

/** Only the grid features the plan uses; ValidationModule (readable errors) in development only. */
ModuleRegistry.registerModules([
  ClientSideRowModelModule, ClientSideRowModelApiModule, RowApiModule, RenderApiModule, ScrollApiModule,
  TextEditorModule, CellStyleModule, PinnedRowModule, QuickFilterModule, TooltipModule, LocaleModule,
  ColumnAutoSizeModule, CellApiModule, ColumnApiModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

export const gridTheme = themeQuartz.withParams({
  fontSize: 13,
  spacing: 5,
  headerFontSize: 12,
  wrapperBorderRadius: 4,
  accentColor: '#1d4ed8',
});
