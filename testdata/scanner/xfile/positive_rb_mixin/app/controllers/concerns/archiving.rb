module Archiving
  def archive(dir)
    `tar czf /tmp/export.tgz #{dir}` # vigil:expect VGL-RUBY-CMDI-001
  end
end
