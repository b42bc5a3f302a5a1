import { parse, type AnyNode, type ElementNode, type MemberNode } from '@humanwhocodes/momoa';

/**
 * Finds where a JSON pointer's value starts in the text, for messages that name a line and
 * column. Only called when something is wrong, so parsing the text a second time costs nothing
 * on the happy path.
 */
export function locatePointer(text: string, pointer: string): { line: number; column: number } | undefined {
  let node: AnyNode;
  try {
    node = parse(text).body;
  } catch {
    return undefined;
  }
  const parts =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const part of parts) {
    if (node.type === 'Object') {
      const member: MemberNode | undefined = node.members.find((m) => m.name.type === 'String' && m.name.value === part);
      if (!member) break;
      node = member.value;
    } else if (node.type === 'Array') {
      const element: ElementNode | undefined = node.elements[Number(part)];
      if (!element) break;
      node = element.value;
    } else break;
  }
  return { line: node.loc.start.line, column: node.loc.start.column };
}
