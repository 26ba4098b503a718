// A Fuseki that takes writes, for the test of `newskg push`: started with newskg.jar's own Fuseki
// classes, on loopback, an in-memory dataset at /ds. Run as a single-file source program:
//   java -cp target/newskg.jar PushTarget.java PORT
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;

public class PushTarget {
    public static void main(String[] args) {
        FusekiServer.create().loopback(true).port(Integer.parseInt(args[0]))
                .add("/ds", DatasetGraphFactory.createTxnMem(), true).build().start().join();
    }
}
