import java.io.*;
import com.fasterxml.jackson.databind.ObjectMapper;

public class Settings {
    private final ObjectMapper mapper = new ObjectMapper();

    public void save(Object o, OutputStream out) throws IOException {
        new ObjectOutputStream(out).writeObject(o);
    }

    public Prefs load(InputStream in) throws IOException {
        return mapper.readValue(in, Prefs.class);
    }

    static class Prefs {}
}
