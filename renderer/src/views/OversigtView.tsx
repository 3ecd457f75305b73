export function OversigtView() {
  return <div className="view-placeholder" />;
}
