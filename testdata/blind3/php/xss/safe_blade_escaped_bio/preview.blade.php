@extends('layouts.app')

@section('content')
<div class="profile">
    <h1>{{ $user->name }}</h1>
    <div class="bio">{!! nl2br(e($bio)) !!}</div>
    <ul class="links">
        @foreach ($links as $link)
            <li>{{ $link }}</li>
        @endforeach
    </ul>
</div>
@endsection
