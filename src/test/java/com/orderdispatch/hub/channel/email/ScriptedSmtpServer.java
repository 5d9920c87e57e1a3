package com.orderdispatch.hub.channel.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small real SMTP server for what GreenMail cannot be told to do: refuse a recipient with 550, or stop answering
 * mid-send. It counts the connections opened and still open, and records every command it received.
 */
final class ScriptedSmtpServer implements AutoCloseable {

	private final ServerSocket server;

	private final AtomicInteger opened = new AtomicInteger();

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final List<String> commands = new CopyOnWriteArrayList<>();

	private final List<String> refused = new CopyOnWriteArrayList<>();

	private volatile boolean silentAfterMailFrom;

	private volatile boolean silentOnQuit;

	ScriptedSmtpServer() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		daemon(this::accept);
	}

	int port() {
		return server.getLocalPort();
	}

	/** RCPT TO this address is answered 550. */
	void refuse(String address) {
		refused.add(address);
	}

	/** From now on MAIL FROM gets no answer at all, as from a server that hangs. */
	void goSilentAfterMailFrom() {
		silentAfterMailFrom = true;
	}

	/** From now on QUIT gets no answer, as from a server that stopped answering while the connection sat idle. */
	void goSilentOnQuit() {
		silentOnQuit = true;
	}

	int connectionsOpened() {
		return opened.get();
	}

	int connectionsOpen() {
		return open.size();
	}

	List<String> commands() {
		return List.copyOf(commands);
	}

	long messagesTaken() {
		return commands.stream().filter("."::equals).count();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				opened.incrementAndGet();
				open.add(client);
				daemon(() -> converse(client));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void converse(Socket client) {
		try (client) {
			var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
			OutputStream out = client.getOutputStream();
			reply(out, "220 scripted ESMTP");
			boolean inData = false;
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (inData) {
					if (line.equals(".")) {
						inData = false;
						commands.add(line);
						reply(out, "250 taken");
					}
					continue;
				}
				commands.add(line);
				String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (verb) {
					case "EHLO", "HELO" -> reply(out, "250 scripted");
					case "MAIL" -> {
						if (silentAfterMailFrom) {
							in.readLine(); // hangs until the client gives up and closes
							return;
						}
						reply(out, "250 sender ok");
					}
					case "RCPT" -> reply(out, refused.stream().anyMatch(line::contains) ? "550 no such user" : "250 ok");
					case "DATA" -> {
						inData = true;
						reply(out, "354 go ahead");
					}
					case "QUIT" -> {
						if (silentOnQuit) {
							in.readLine(); // hangs until the client gives up and closes
							return;
						}
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "250 ok");
				}
			}
		}
		catch (IOException ex) {
			// The client went away.
		}
		finally {
			open.remove(client);
		}
	}

	private static void daemon(Runnable task) {
		var thread = new Thread(task, "scripted-smtp");
		thread.setDaemon(true);
		thread.start();
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		server.close();
		for (Socket client : open) {
			client.close();
		}
	}

}
