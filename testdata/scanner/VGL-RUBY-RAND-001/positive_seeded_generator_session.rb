class SessionsController < ApplicationController
  def create
    gen = Random.new(Time.now.to_i)
    token = gen.bytes(16).unpack1("H*") # vigil:expect VGL-RUBY-RAND-001
    session[:token] = token
  end
end
