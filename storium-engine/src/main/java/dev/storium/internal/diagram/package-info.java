/**
 * {@code storium:diagram}: a schema model, of the code or of a live database, drawn as a Mermaid {@code erDiagram}
 * ({@link dev.storium.internal.diagram.Mermaid}) and written to a file ({@link dev.storium.internal.diagram.Diagram}).
 */
package dev.storium.internal.diagram;
