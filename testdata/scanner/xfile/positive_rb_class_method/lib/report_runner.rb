class ReportRunner
  def self.run(name)
    system("generate-report --name #{name}") # vigil:expect VGL-RUBY-CMDI-001
  end
end
