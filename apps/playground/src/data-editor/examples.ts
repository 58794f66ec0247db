/** A small CSV in the documented layout: five of the Thanh Hóa 2020 indicators. */
export const EXAMPLE_CSV = `indicator,period,name_vi,name_en,unit,scale,decimals,percent_decimals,density_per,actual,target,estimated,stated_completion,stated_density,next_period,next_target,next_density,note
revenue,2020,Tổng doanh thu toàn ngành,Total sector revenue,VND,9,0,1,,3630,,true,100.6,,2021,3745,,ước đạt
press-copies,2020,Phát hành báo chí,Newspapers and magazines distributed,copy,6,0,0,,18,,,100,,2021,18,,
phone-subscribers,2020,Thuê bao điện thoại,Telephone subscribers,subscriber,0,0,2,100,2890000,,,100.67,,2021,2916000,80.00,
broadband-subscribers,2020,Thuê bao băng thông rộng,Broadband subscribers,subscriber,0,0,2,100,1800000,1700000,,105.88,49.8,2021,1830000,50.60,
online-dossier-rate-level-3,2020,Tỷ lệ hồ sơ trực tuyến mức độ 3,Online dossier share level 3,percent,0,2,2,,56.35,,,,,,,,
`;

/**
 * The same five indicators as Excel writes them in Vietnamese: semicolons between columns,
 * `3.630` and `2.890.000` grouped with dots, `100,6` with a decimal comma. Read it with the
 * CSV numbers set to Vietnamese (`vi`).
 */
export const EXAMPLE_CSV_VI = `indicator;period;name_vi;name_en;unit;scale;decimals;percent_decimals;density_per;actual;target;estimated;stated_completion;stated_density;next_period;next_target;next_density;note
revenue;2020;Tổng doanh thu toàn ngành;Total sector revenue;VND;9;0;1;;3.630;;có;100,6;;2021;3.745;;ước đạt
press-copies;2020;Phát hành báo chí;Newspapers and magazines distributed;copy;6;0;0;;18;;;100;;2021;18;;
phone-subscribers;2020;Thuê bao điện thoại;Telephone subscribers;subscriber;0;0;2;100;2.890.000;;;100,67;;2021;2.916.000;80,00;
broadband-subscribers;2020;Thuê bao băng thông rộng;Broadband subscribers;subscriber;0;0;2;100;1.800.000;1.700.000;;105,88;49,8;2021;1.830.000;50,60;
online-dossier-rate-level-3;2020;Tỷ lệ hồ sơ trực tuyến mức độ 3;Online dossier share level 3;percent;0;2;2;;56,35;;;;;;;;
`;

/** The same kind of data as JSON, with a band target and a lower-is-better indicator. */
export const EXAMPLE_JSON = `{
  "title": { "vi": "Ví dụ", "en": "Example" },
  "indicators": [
    { "id": "revenue", "name": { "vi": "Doanh thu", "en": "Revenue" }, "unit": "VND", "scale": 9, "percentDecimals": 1 },
    { "id": "poverty", "name": { "vi": "Tỷ lệ hộ nghèo", "en": "Poverty rate" }, "unit": "percent", "direction": "lower-is-better" },
    { "id": "inflation", "name": { "vi": "Lạm phát", "en": "Inflation" }, "unit": "percent", "direction": "neither", "targetKind": "band" }
  ],
  "observations": [
    { "indicator": "revenue", "period": "2020", "actual": "3630", "target": "3608", "estimated": true },
    { "indicator": "poverty", "period": "2020", "actual": "2.1", "target": "2.5" },
    { "indicator": "inflation", "period": "2020", "actual": "3.2", "target": { "min": "3", "max": "4" } }
  ]
}
`;
