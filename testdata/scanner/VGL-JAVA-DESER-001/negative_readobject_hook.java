import java.io.*;

// A Serializable class's own readObject hook reads its fields from the
// stream it is handed: that is how the class is restored, not a read of a
// foreign stream (the finding belongs where the stream is read).
public class Money implements Serializable {
    private transient Currency currency;
    private long cents;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        currency = (Currency) in.readObject();
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeObject(currency);
    }

    static class Currency implements Serializable {}
}
