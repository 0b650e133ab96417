class ThumbsController < ApplicationController
  # open("| cmd") runs a command (the command-injection finding); it names no file.
  def show
    png = open("| convert #{params[:src]} png:-").read
    send_data png, type: "image/png"
  end
end
