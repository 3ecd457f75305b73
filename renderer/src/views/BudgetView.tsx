export function BudgetView() {
  return <div className="view-placeholder" />;
}
