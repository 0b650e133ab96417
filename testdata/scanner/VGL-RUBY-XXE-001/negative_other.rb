class Settings
  # unrelated methods that happen to share a name
  def noent
    false
  end

  def load(xml)
    REXML::Document.new(xml)
  end
end
