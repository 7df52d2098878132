/**
 * The library as records: essays, tracks, series, the glossary and the library page, read from a 
 * folder of Markdown with YAML front matter. Loading never stops at a bad file; each problem is 
 * reported as file:line: message and the rest of the library loads. A folder with no front 
 * matter at all is still a library.
 */
package dev.lectern.content;
