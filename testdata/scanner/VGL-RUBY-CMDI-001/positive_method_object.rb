class ArchiveController < ApplicationController
  def extract
    runner = method(:system)
    runner.call("tar xzf #{params[:archive]} -C /srv/archives") # vigil:expect VGL-RUBY-CMDI-001
  end

  def convert
    Kernel.method(:exec).call("convert #{params[:src]} /tmp/out.png") # vigil:expect VGL-RUBY-CMDI-001
  end

  def probe
    method(:spawn).("ping -c 1 #{params[:host]}") # vigil:expect VGL-RUBY-CMDI-001
  end
end
