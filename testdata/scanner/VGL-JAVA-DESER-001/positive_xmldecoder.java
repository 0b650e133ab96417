import java.beans.XMLDecoder;
import java.io.*;

public class Settings {
    public Object load(InputStream upload) {
        try (XMLDecoder d = new XMLDecoder(upload)) { // vigil:expect VGL-JAVA-DESER-001
            return d.readObject();
        }
    }

    public Object copy(byte[] data) throws Exception {
        return new java.io.ObjectInputStream(new ByteArrayInputStream(data)).readObject(); // vigil:expect VGL-JAVA-DESER-001
    }
}
