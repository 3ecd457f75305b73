export function VaerktoejerView() {
  return <div className="view-placeholder" />;
}
