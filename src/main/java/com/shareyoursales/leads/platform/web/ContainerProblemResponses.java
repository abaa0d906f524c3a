package com.shareyoursales.leads.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Requests Tomcat refuses before they reach the application (an encoded slash or NUL in the path, a malformed
 * request line) would get Tomcat's HTML error page; this keeps them in the error contract: problem+json with a code.
 */
@Configuration(proxyBeanMethods = false)
class ContainerProblemResponses {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

	/** Tomcat's last-resort error report, written as RFC 9457 problem+json. */
	public static class ProblemErrorReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
				return;
			}
			HttpStatus known = HttpStatus.resolve(status);
			String title = known == null ? "Error" : known.getReasonPhrase();
			String code = status == 400 ? "BAD_REQUEST" : status == 404 ? "NOT_FOUND"
					: status >= 500 ? "SERVER_ERROR" : "CLIENT_ERROR";
			try {
				response.resetBuffer();
				response.setContentType("application/problem+json");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
							+ ",\"detail\":\"The request was refused before reaching the application\",\"code\":\""
							+ code + "\"}");
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone or the response already started: nothing more to say
			}
		}

	}

}
