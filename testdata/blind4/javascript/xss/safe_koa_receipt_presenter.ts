import Router from '@koa/router';
import escapeHtml from 'escape-html';

class ReceiptPresenter {
  private readonly lines: string[] = [];

  constructor(private readonly customer: string, private readonly memo: string) {}

  addLine(label: string, amount: number) {
    this.lines.push(`<tr><td>${escapeHtml(label)}</td><td>${amount.toFixed(2)}</td></tr>`);
  }

  html(): string {
    return `<h2>Receipt for ${escapeHtml(this.customer)}</h2><table>${this.lines.join('')}</table><p class="memo">${escapeHtml(this.memo)}</p>`;
  }
}

export const receipts = new Router();

receipts.get('/receipts/:id', async (ctx) => {
  const order = await ctx.state.orders.find(Number(ctx.params.id));
  const presenter = new ReceiptPresenter(order.customerName, String(ctx.query.memo ?? ''));
  for (const item of order.items) presenter.addLine(item.sku, item.total);
  ctx.type = 'text/html';
  ctx.body = presenter.html();
});
