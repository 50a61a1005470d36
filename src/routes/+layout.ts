// Every page is prerendered to static files (adapter-static); there is no server at run time.
export const prerender = true;
