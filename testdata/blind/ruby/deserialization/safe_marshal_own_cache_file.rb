# frozen_string_literal: true

# Caches the compiled routing table between boots; the file is written only by this class.
class RouteTableCache
  PATH = Rails.root.join("tmp", "cache", "route_table.bin")

  def self.write(table)
    File.binwrite(PATH, Marshal.dump(table))
  end

  def self.read
    return nil unless File.exist?(PATH)

    Marshal.load(File.binread(PATH))
  end
end
