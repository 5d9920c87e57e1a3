package com.orderdispatch.hub.console;

/** Where a page sits in a longer list, for the pager under each table. Pages count from 0. */
public record Paging(int page, int size, long total) {

	static Paging of(int page, int size, long total) {
		// A page past the end (?page=99) shows the last page, never "Showing 2476–6 of 6".
		long lastPage = Math.max(0, (total - 1) / Math.max(1, size));
		return new Paging((int) Math.max(0, Math.min(page, lastPage)), size, total);
	}

	public long pages() {
		return Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public long first() {
		return total == 0 ? 0 : (long) page * size + 1;
	}

	public long last() {
		return Math.min(total, (long) (page + 1) * size);
	}

}
