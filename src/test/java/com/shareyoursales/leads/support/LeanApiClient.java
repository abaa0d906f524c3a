package com.shareyoursales.leads.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@link ApiClient} over one plain keep-alive socket, HTTP/1.1 written and read by hand: for a load driver that
 * shares the machine's cores with the service it measures and should take little of them (pgbench's client is C;
 * java.net.http cost the driver ~0.28 ms of CPU per request here). One instance per thread; reconnects after an
 * error or a {@code Connection: close}. Reads bodies sized by Content-Length or chunked, which is what Tomcat sends
 * (not a body that ends when the connection closes).
 */
public final class LeanApiClient extends ApiClient {

	private static final int TIMEOUT_MILLIS = 30_000;

	private final String host;

	private final int port;

	private Socket socket;

	private BufferedInputStream in;

	private OutputStream out;

	public LeanApiClient(String baseUrl) {
		super(baseUrl);
		URI uri = URI.create(baseUrl);
		this.host = uri.getHost();
		this.port = uri.getPort();
	}

	@Override
	public Response send(String method, String path, Object body, String token, Map<String, String> headers) {
		String payload = body == null ? null : body instanceof String text ? text : MAPPER.writeValueAsString(body);
		byte[] content = payload == null ? new byte[0] : payload.getBytes(StandardCharsets.UTF_8);
		StringBuilder request = new StringBuilder(512).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
			.append("Host: ").append(host).append(':').append(port).append("\r\n");
		if (payload != null) {
			request.append("Content-Type: application/json\r\n");
		}
		if (token != null) {
			request.append("Authorization: Bearer ").append(token).append("\r\n");
		}
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
		try {
			if (socket == null) {
				connect();
			}
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return readResponse();
		}
		catch (IOException ex) {
			close();
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			close(); // an unreadable answer leaves the connection in an unknown state
			throw ex;
		}
	}

	private void connect() throws IOException {
		socket = new Socket();
		socket.setTcpNoDelay(true);
		socket.setSoTimeout(TIMEOUT_MILLIS);
		socket.connect(new InetSocketAddress(host, port), 5_000);
		in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
		out = socket.getOutputStream();
	}

	private Response readResponse() throws IOException {
		String statusLine = line();
		int status = Integer.parseInt(statusLine.substring(9, 12));
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String header = line(); !header.isEmpty(); header = line()) {
			int colon = header.indexOf(':');
			headers.computeIfAbsent(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
				.add(header.substring(colon + 1).trim());
		}
		byte[] body;
		if ("chunked".equalsIgnoreCase(first(headers, "transfer-encoding"))) {
			body = chunked();
		}
		else {
			String length = first(headers, "content-length");
			body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
		}
		if ("close".equalsIgnoreCase(first(headers, "connection"))) {
			close();
		}
		return new Response(status, new String(body, StandardCharsets.UTF_8), headers);
	}

	private byte[] chunked() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int size = chunkSize(); size > 0; size = chunkSize()) {
			body.write(in.readNBytes(size));
			line(); // the CRLF after the chunk
		}
		while (!line().isEmpty()) {
			// trailers, none expected
		}
		return body.toByteArray();
	}

	private int chunkSize() throws IOException {
		String line = line();
		int extension = line.indexOf(';');
		return Integer.parseInt(extension < 0 ? line.trim() : line.substring(0, extension).trim(), 16);
	}

	/** One header line, CRLF removed (headers are ASCII). */
	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("connection closed by the server");
			}
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

	private static String first(Map<String, List<String>> headers, String name) {
		List<String> values = headers.get(name);
		return values == null ? null : values.get(0);
	}

	private void close() {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// closing after an error: nothing more to do
			}
		}
		socket = null;
	}

}
