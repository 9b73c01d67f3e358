import type { Container, Node } from 'postcss';

/** Whether a node sits inside `@layer <name>`. */
export function insideLayer(node: Node, name: string): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'atrule' && 'name' in parent && parent.name === 'layer' && 'params' in parent && parent.params === name)
      return true;
  }
  return false;
}

/** Whether a node is a keyframe of `@keyframes` (or a prefixed one): a step of an animation, not a rule for elements. */
export function inKeyframes(node: Node): boolean {
  return node.parent?.type === 'atrule' && 'name' in node.parent && /keyframes$/.test(String(node.parent.name));
}

/** Removes the blocks left empty, and then the blocks their removal empties. */
export function dropEmpty(root: Container): void {
  for (let emptied = true; emptied;) {
    emptied = false;
    root.walk((node) => {
      if ((node.type === 'rule' || node.type === 'atrule') && node.nodes !== undefined && node.nodes.length === 0) {
        node.remove();
        emptied = true;
      }
    });
  }
}
