package com.orderdispatch.hub.reply;

/** One email reply as read from the mailbox: its Message-ID, the sender's address, subject and plain text. */
record SupplierReply(String messageId, String from, String subject, String text) {
}
