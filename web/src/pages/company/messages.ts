/** This workspace's texts, under the "company." key: Danish first, English mirrors it. */
export const da = {};

export const en: typeof da = {};
