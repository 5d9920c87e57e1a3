// The console's only script: CSRF token on htmx requests, and tables that sort by a click on their header.
document.addEventListener('DOMContentLoaded', () => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', (event) => {
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // A channel's settings show only while the channel is switched on.
  document.querySelectorAll('input.channel-switch').forEach((toggle) => {
    toggle.addEventListener('change', () => {
      const fields = toggle.closest('.card').querySelector('.channel-fields');
      if (fields) {
        fields.classList.toggle('d-none', !toggle.checked);
      }
    });
  });
  document.querySelectorAll('table.sortable').forEach((table) => {
    table.querySelectorAll('th[data-sort]').forEach((th, index) => {
      th.addEventListener('click', () => sortBy(table, th));
    });
  });
});

function sortBy(table, th) {
  const column = Array.from(th.parentNode.children).indexOf(th);
  const ascending = th.getAttribute('aria-sort') !== 'ascending';
  table.querySelectorAll('th[data-sort]').forEach((other) => other.removeAttribute('aria-sort'));
  th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const value = (row) => {
    const cell = row.cells[column];
    const text = (cell && (cell.dataset.value || cell.textContent) || '').trim();
    const number = Number(text.replace(/[, ]/g, ''));
    return th.dataset.sort === 'number' && !Number.isNaN(number) ? number : text.toLowerCase();
  };
  rows.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
  });
  rows.forEach((row) => body.appendChild(row));
}
