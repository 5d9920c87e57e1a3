package com.orderdispatch.hub.channel.email;

import java.nio.file.Path;

/** A template file the hub will not use; the message names the file and what is wrong with it. */
class TemplateRejectedException extends RuntimeException {

	TemplateRejectedException(Path file, String problem, Throwable cause) {
		super("Email template " + file + ": " + problem, cause);
	}

}
