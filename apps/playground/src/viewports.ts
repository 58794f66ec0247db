/**
 * The widths the playground is checked at: a phone (390 px, an iPhone 12–15), a tablet and a
 * desktop. The toolbar offers them; viewport stories and the visual tests use them.
 */
export const VIEWPORTS = {
  phone: { name: 'Điện thoại / Phone 390', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  tablet: { name: 'Máy tính bảng / Tablet 768', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Máy tính / Desktop 1280', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;
