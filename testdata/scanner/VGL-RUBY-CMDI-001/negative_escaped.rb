require "shellwords"

class ArchivesController < ApplicationController
  def extract
    archive = Shellwords.escape(params[:archive])
    system("tar xf #{archive}")
    system("sleep #{params[:seconds].to_i}")
  end
end
