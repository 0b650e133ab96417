import java.io.*;

public class Cache {
    public Object load(InputStream raw) throws Exception {
        ObjectInputStream in = new ObjectInputStream(raw);
        in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.CacheEntry;!*"));
        return in.readObject();
    }
}
