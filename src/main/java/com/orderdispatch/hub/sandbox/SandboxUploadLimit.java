package com.orderdispatch.hub.sandbox;

import java.io.IOException;
import java.nio.file.Files;

import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps what one upload to the sandbox SFTP server may write: a write that would take the file past the limit is
 * refused (the client sees the upload fail) and the partial file is removed, so no client fills the disk through
 * the sandbox. The offset is checked, not a running count, so a write far beyond the end is refused too.
 */
final class SandboxUploadLimit implements SftpEventListener {

	private static final Logger log = LoggerFactory.getLogger(SandboxUploadLimit.class);

	private final long maxBytes;

	SandboxUploadLimit(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	public void writing(ServerSession session, String remoteHandle, FileHandle localHandle, long offset, byte[] data,
			int dataOffset, int dataLen) throws IOException {
		if (offset + dataLen > maxBytes) {
			// A client sends several writes ahead: say it once, for the write that removed the file.
			if (Files.deleteIfExists(localHandle.getFile())) {
				log.warn("Sandbox SFTP: {} uploaded more than {} bytes to {}; refused and removed",
						session.getUsername(), maxBytes, localHandle.getFile().getFileName());
			}
			throw new IOException("upload larger than the sandbox's limit of " + maxBytes + " bytes");
		}
	}

}
