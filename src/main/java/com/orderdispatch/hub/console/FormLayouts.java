package com.orderdispatch.hub.console;

import java.util.List;

import com.orderdispatch.hub.console.EntryForm.Field;
import com.orderdispatch.hub.console.EntryForm.Section;
import com.orderdispatch.hub.console.EntryForm.Type;

/** Which settings the supplier and retailer forms show, in the order of the configuration reference. */
final class FormLayouts {

	static final List<Section> SUPPLIER = List.of(
			new Section(null, "Supplier", List.of(new Field("name", "Name", Type.TEXT, null, null),
					new Field("contactEmail", "Contact email", Type.EMAIL, null, null),
					new Field("autoAccept", "Accept new orders automatically", Type.CHECKBOX, null, null),
					new Field("apiKey", "Pull API key", Type.SECRET, null, "Environment variable name"))),
			new Section("channels.email", "Email", List.of(
					new Field("channels.email.to", "To", Type.LIST, "channels.email", "Addresses, comma separated"),
					new Field("channels.email.attachCsv", "Attach the order as CSV", Type.CHECKBOX, "channels.email",
							null),
					new Field("channels.email.notifyTo", "Notify new orders to", Type.LIST, "channels.email",
							"Addresses, comma separated"),
					new Field("channels.email.notifyNewOrders", "Send the new-order notice", Type.CHECKBOX,
							"channels.email", null))),
			new Section("channels.sftp", "SFTP file drop", List.of(
					new Field("channels.sftp.host", "Host", Type.TEXT, "channels.sftp", null),
					new Field("channels.sftp.port", "Port", Type.NUMBER, "channels.sftp", "22 if empty"),
					new Field("channels.sftp.username", "User name", Type.TEXT, "channels.sftp", null),
					new Field("channels.sftp.password", "Password", Type.SECRET, "channels.sftp",
							"Environment variable name"),
					new Field("channels.sftp.privateKey", "Private key (base64)", Type.SECRET, "channels.sftp",
							"Environment variable name; or a password"),
					new Field("channels.sftp.privateKeyFile", "Private key file", Type.TEXT, "channels.sftp",
							"Path on the hub's machine"),
					new Field("channels.sftp.privateKeyPassphrase", "Key passphrase", Type.SECRET, "channels.sftp",
							"Environment variable name"),
					new Field("channels.sftp.knownHosts", "Server host key (known_hosts line)", Type.TEXT,
							"channels.sftp", "e.g. [sftp.example.com]:2222 ssh-ed25519 AAAA..."),
					new Field("channels.sftp.directory", "Directory", Type.TEXT, "channels.sftp", null),
					new Field("channels.sftp.fileName", "File name", Type.TEXT, "channels.sftp",
							"{supplierOrderNumber}.csv if empty"),
					new Field("channels.sftp.schedule", "Schedule", Type.TEXT, "channels.sftp",
							"Quartz cron (seconds first), e.g. 0 0/15 * * * ?, or now"))),
			new Section("channels.directory", "Directory drop", List.of(
					new Field("channels.directory.path", "Directory", Type.TEXT, "channels.directory",
							"On the hub's machine; made when missing"),
					new Field("channels.directory.fileName", "File name", Type.TEXT, "channels.directory",
							"{supplierOrderNumber}.csv if empty"))),
			new Section("channels.webhook", "Webhook", List.of(
					new Field("channels.webhook.url", "URL", Type.TEXT, "channels.webhook", "http:// or https://"),
					new Field("channels.webhook.secrets", "Signing secrets", Type.SECRET_LIST, "channels.webhook",
							"Environment variable names, comma separated"),
					new Field("channels.webhook.timeoutSeconds", "Timeout (seconds)", Type.NUMBER, "channels.webhook",
							"1 to 120, 15 if empty"))));

	static final List<Section> RETAILER = List.of(new Section(null, "Retailer",
			List.of(new Field("name", "Name", Type.TEXT, null, null),
					new Field("notificationEmail", "Notification email", Type.EMAIL, null, null),
					new Field("apiKey", "API key", Type.SECRET, null, "Environment variable name"))));

	private FormLayouts() {
	}

}
