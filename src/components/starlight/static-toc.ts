/** Builder pages (/lap-bao-cao/<kind>/, under any base path) keep their table of contents free of scripts. */
export const builderPage = (pathname: string) => /\/lap-bao-cao\/[^/]+\/$/.test(pathname);
