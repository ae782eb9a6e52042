// Serialises a DOM tree node by node (type, name, attributes, data) so tests can
// prove a tree is exactly as before, and collects nodes to check identity.

/** One line per node, indented by depth: `1 P class="x"`, `3 "text"`. */
export function snapshot(root: Node): string {
  const lines: string[] = [];
  const visit = (node: Node, depth: number): void => {
    const indent = ' '.repeat(depth);
    if (node.nodeType === 1) {
      const element = node as Element;
      const attributes = [...element.attributes]
        .map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
        .join(' ');
      lines.push(`${indent}1 ${element.tagName} ${attributes}`);
    } else {
      lines.push(`${indent}${node.nodeType} ${JSON.stringify(node.nodeValue)}`);
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child, depth + 1);
  };
  visit(root, 0);
  return lines.join('\n');
}

/** Every node under `root` (inclusive) in document order. */
export function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const visit = (node: Node): void => {
    nodes.push(node);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(root);
  return nodes;
}

/** Parses an HTML string into a separate document (no scripts run). */
export function parseDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
