export type { ChitieuProviderProps, ResolvedSettings } from './chitieu-provider';
export { ChitieuProvider, useChitieuSettings } from './chitieu-provider';
export type { ChitieuSettings, ScorecardOptions, Theme } from './settings';
export { DEFAULT_LOCALE } from './settings';
