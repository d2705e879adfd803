package org.dmspilot.core.connect;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import org.mariadb.jdbc.Configuration;
import org.mariadb.jdbc.util.ConfigurableSocketFactory;

/**
 * Socket factory that sends the driver's connection into the local end of an SSH tunnel while the JDBC URL keeps the
 * real database host, so TLS host-name checks and messages still name the real host. The drivers instantiate it by
 * class name: pgJDBC with {@code socketFactoryArg} = {@code 127.0.0.1:port}, MariaDB Connector/J through
 * {@link #setConfiguration} and the {@value DriverSettings#TUNNEL_PROPERTY} property. Not meant for direct use.
 */
public final class TunnelSocketFactory extends ConfigurableSocketFactory {
    private volatile InetSocketAddress endpoint;

    /** For MariaDB Connector/J, which then calls {@link #setConfiguration}. */
    public TunnelSocketFactory() {
    }

    /** For pgJDBC: {@code endpoint} is {@code 127.0.0.1:port}. */
    public TunnelSocketFactory(String endpoint) {
        this.endpoint = parse(endpoint);
    }

    @Override
    public void setConfiguration(Configuration conf, String host) {
        endpoint = parse(conf.nonMappedOptions().getProperty(DriverSettings.TUNNEL_PROPERTY));
    }

    private static InetSocketAddress parse(String endpoint) {
        if (endpoint == null) {
            throw new IllegalArgumentException("No tunnel endpoint given");
        }
        int colon = endpoint.lastIndexOf(':');
        return new InetSocketAddress(endpoint.substring(0, colon), Integer.parseInt(endpoint.substring(colon + 1)));
    }

    @Override
    public Socket createSocket() {
        return new RedirectedSocket(endpoint);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected();
    }

    private Socket connected() throws IOException {
        Socket socket = createSocket();
        socket.connect(endpoint);
        return socket;
    }

    /** A socket whose connect goes to the tunnel, whatever address the driver asks for. */
    static final class RedirectedSocket extends Socket {
        private final InetSocketAddress endpoint;

        RedirectedSocket(InetSocketAddress endpoint) {
            this.endpoint = endpoint;
        }

        @Override
        public void connect(SocketAddress ignored, int timeout) throws IOException {
            super.connect(endpoint, timeout);
        }

        @Override
        public void connect(SocketAddress ignored) throws IOException {
            super.connect(endpoint);
        }
    }
}
