import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.coyote.http11.Http11Nio2Protocol;

/**
 * The second reference of bench/run.sh: the Tomcat the app embeds, with nothing else — no
 * Spring, no filters, no counting — answering every GET with one file's bytes. What it does
 * per second is the most any Tomcat-based page could do on this machine.
 *
 * Run as a single source file (Java 11+): java -cp TOMCAT_JARS bench/BareTomcat.java FILE PORT
 */
public class BareTomcat {

	public static void main(String[] args) throws Exception {
		byte[] page = Files.readAllBytes(Path.of(args[0]));
		Tomcat tomcat = new Tomcat();
		tomcat.setHostname("127.0.0.1");
		tomcat.setBaseDir(Files.createTempDirectory("bare-tomcat").toString());
		// the connector as the app sets it up: NIO.2, 1000 requests a connection, a 16 KB buffer
		Connector connector = new Connector(Http11Nio2Protocol.class.getName());
		connector.setPort(Integer.parseInt(args[1]));
		connector.setProperty("address", "127.0.0.1");
		connector.setProperty("maxKeepAliveRequests", "1000");
		connector.setProperty("socket.appWriteBufSize", "16384");
		tomcat.setConnector(connector);
		Context context = tomcat.addContext("", null);
		Tomcat.addServlet(context, "page", new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response)
					throws java.io.IOException {
				response.setContentType("text/html;charset=UTF-8");
				response.setContentLength(page.length);
				response.getOutputStream().write(page);
			}
		});
		context.addServletMappingDecoded("/*", "page");
		tomcat.start();
		tomcat.getServer().await();
	}

}
