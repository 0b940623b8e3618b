/**
 * react-admin wraps each child of a show tab in <Labeled>; our tab bodies are whole panels, so
 * they receive `label={false}` to opt out of an empty label row.
 */
export interface TabContentProps {
  label?: false;
}
