package bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The email baseline: plain JavaMail sending an order-sized message (text, HTML, CSV attachment) straight to the
 * same SMTP server, a connection per message as the hub's mail component does, from as many threads as the hub
 * has dispatch workers.
 */
final class RawMail {

	private static final int THREADS = 10;

	private RawMail() {
	}

	static double sendRate(int port, int seconds) throws Exception {
		var props = new Properties();
		props.put("mail.smtp.host", "localhost");
		props.put("mail.smtp.port", Integer.toString(port));
		Session session = Session.getInstance(props);
		var pool = Executors.newFixedThreadPool(THREADS);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		long start = System.nanoTime();
		List<Future<Integer>> counts = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			counts.add(pool.submit(() -> {
				int sent = 0;
				while (System.nanoTime() < end) {
					Transport.send(message(session, sent));
					sent++;
				}
				return sent;
			}));
		}
		int total = 0;
		for (var count : counts) {
			total += count.get();
		}
		double took = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		return total / took;
	}

	private static MimeMessage message(Session session, int n) throws Exception {
		var message = new MimeMessage(session);
		message.setFrom(new InternetAddress("raw@bench.example"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress("raw@email.example"));
		message.setSubject("Order RAW-" + n);
		var text = new MimeBodyPart();
		text.setText("Order RAW-%d\n\n3 lines\n".formatted(n).repeat(20), "UTF-8");
		var html = new MimeBodyPart();
		html.setContent("<p>Order RAW-%d</p>".formatted(n).repeat(40), "text/html; charset=UTF-8");
		var csv = new MimeBodyPart();
		csv.setContent("order,line,sku,quantity\nRAW,1,SKU,1\nRAW,2,SKU,1\nRAW,3,SKU,1\n", "text/csv; charset=UTF-8");
		csv.setFileName("order.csv");
		var alternative = new MimeMultipart("alternative", text, html);
		var wrapper = new MimeBodyPart();
		wrapper.setContent(alternative);
		message.setContent(new MimeMultipart("mixed", wrapper, csv));
		return message;
	}

}
