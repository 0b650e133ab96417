import java.beans.XMLDecoder;
import java.io.*;

public class Settings {
    public Object load(InputStream upload) {
        try (XMLDecoder d = new XMLDecoder(upload)) {
            return d.readObject(); // vigil:expect VGL-JAVA-DESER-001
        }
    }

    public Object copy(byte[] data) throws Exception {
        return new java.io.ObjectInputStream(new ByteArrayInputStream(data)).readObject(); // vigil:expect VGL-JAVA-DESER-001
    }
}
