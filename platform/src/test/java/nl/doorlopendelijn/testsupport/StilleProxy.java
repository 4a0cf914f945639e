package nl.doorlopendelijn.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy between the platform and its database that can go SILENT: {@link #bevries()} stops forwarding on
 * every connection, without a reset and without a close (a frozen server, a network that drops packets). The
 * connections of that moment stay silent for good, also after {@link #ontdooi()} (the server that comes back has
 * forgotten them, as after a failover or a NAT that lost its state), and a connection accepted while frozen is held
 * open and never forwarded. After {@link #ontdooi()} new connections work: the platform recovers only by dropping
 * the dead ones. Docker (Toxiproxy) is not available on every machine that runs the tests; this needs only the JDK.
 * Plain threads (two per connection), never an event loop: BlockHound does not watch them.
 */
public final class StilleProxy implements AutoCloseable {

  private final ServerSocket server;
  private final int doelPoort;
  private final List<Verbinding> verbindingen = new CopyOnWriteArrayList<>();
  private final List<Socket> vastgehouden = new CopyOnWriteArrayList<>();
  private volatile boolean bevroren;
  private volatile boolean gesloten;

  public StilleProxy(int doelPoort) throws IOException {
    this.doelPoort = doelPoort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accepteer, "stille-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int poort() {
    return server.getLocalPort();
  }

  /** Stops forwarding, now, on every connection: no byte passes, nothing is closed. */
  public void bevries() {
    bevroren = true;
    verbindingen.forEach(v -> v.dood = true);
  }

  /** New connections are forwarded again; the ones that went silent stay silent. */
  public void ontdooi() {
    bevroren = false;
  }

  /** Connections that forward now. */
  public long levend() {
    return verbindingen.stream().filter(v -> !v.dood && !v.klaar).count();
  }

  private void accepteer() {
    while (!gesloten) {
      try {
        Socket klant = server.accept();
        if (bevroren) {
          vastgehouden.add(klant);
          continue;
        }
        Socket doel = new Socket();
        try {
          doel.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), doelPoort), 2000);
        } catch (IOException e) {
          // the database is down: the client hears a close at once, as it would from the server itself
          klant.close();
          continue;
        }
        Verbinding v = new Verbinding(klant, doel);
        verbindingen.add(v);
        v.start();
      } catch (IOException e) {
        if (!gesloten) {
          sleep(10);
        }
      }
    }
  }

  @Override
  public void close() {
    gesloten = true;
    sluit(server);
    verbindingen.forEach(Verbinding::sluit);
    vastgehouden.forEach(StilleProxy::sluit);
  }

  private final class Verbinding {
    final Socket klant;
    final Socket doel;
    volatile boolean dood;
    volatile boolean klaar;

    Verbinding(Socket klant, Socket doel) {
      this.klant = klant;
      this.doel = doel;
    }

    void start() throws IOException {
      pomp(klant.getInputStream(), doel.getOutputStream(), "naar-db");
      pomp(doel.getInputStream(), klant.getOutputStream(), "van-db");
    }

    private void pomp(InputStream in, OutputStream out, String richting) {
      Thread t = new Thread(() -> {
        byte[] buffer = new byte[16 * 1024];
        try {
          int n;
          while ((n = in.read(buffer)) >= 0) {
            while (dood && !gesloten) {
              // silent: hold what was read, forward nothing, close nothing
              sleep(50);
            }
            if (gesloten) {
              return;
            }
            out.write(buffer, 0, n);
            out.flush();
          }
        } catch (IOException e) {
          // one side went away
        }
        if (!dood) {
          sluit();
        } else {
          // a dead connection's other side never hears of it
          while (!gesloten) {
            sleep(50);
          }
        }
      }, "stille-proxy-" + richting);
      t.setDaemon(true);
      t.start();
    }

    void sluit() {
      klaar = true;
      StilleProxy.sluit(klant);
      StilleProxy.sluit(doel);
    }
  }

  private static void sluit(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // closing
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
