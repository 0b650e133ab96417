require "fileutils"

class BlobStore
  def initialize(root)
    @root = root
  end

  def write(name, io)
    FileUtils.mkdir_p(@root)
    target = File.join(@root, name)
    File.open(target, "wb") { |f| IO.copy_stream(io, f) } # LABEL: CWE-22
    target
  end
end
