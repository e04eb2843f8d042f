/** The id mappings of src/content/rubric-changes/ are read as data (see yamlData in astro.config.mjs). */
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
